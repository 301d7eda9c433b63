package id.laporbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads stored complaints by id. */
public final class ComplaintReader {

    private static final String COLUMNS = "SELECT id, source, upstream_id, upstream_created_at, status, title, body, "
            + "classification, category_code, org_code, anonymous, secret, reporter_json, location_json "
            + "FROM complaint ";

    private final Database database;

    public ComplaintReader(Database database) {
        this.database = database;
    }

    public Optional<StoredComplaint> find(long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(COLUMNS + "WHERE id = ?")) {
                Sql.bind(select, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Returns the stored complaints with the given ids, by id, read in one query; ids not found are absent. */
    public Map<Long, StoredComplaint> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(COLUMNS + "WHERE id = ANY(?)")) {
                select.setObject(1, ids.toArray(Long[]::new));
                Map<Long, StoredComplaint> found = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredComplaint complaint = map(rows);
                        found.put(complaint.id(), complaint);
                    }
                }
                return found;
            }
        });
    }

    private static StoredComplaint map(ResultSet rows) throws SQLException {
        return new StoredComplaint(rows.getLong("id"), rows.getString("source"), rows.getString("upstream_id"),
                Sql.instant(rows, "upstream_created_at"), rows.getString("status"), rows.getString("title"),
                rows.getString("body"), rows.getString("classification"), rows.getString("category_code"),
                rows.getString("org_code"), rows.getBoolean("anonymous"), rows.getBoolean("secret"),
                rows.getString("reporter_json"), rows.getString("location_json"));
    }
}
