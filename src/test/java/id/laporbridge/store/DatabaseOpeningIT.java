package id.laporbridge.store;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseOpeningIT {

    @TempDir
    Path folder;

    @Test
    void awaitReturnsMigratedStore() throws Exception {
        DatabaseOpening opening = DatabaseOpening.begin("jdbc:h2:file:" + folder.resolve("store"), 2);
        try (Database database = opening.await();
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            assertThat(rows.getInt(1)).as("applied migrations").isGreaterThanOrEqualTo(10);
            assertThat(database.columnWidths()).isNotNull();
        }
    }

    @Test
    void awaitThrowsFailedOpen() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file.txt"), "x");
        DatabaseOpening opening = DatabaseOpening.begin("jdbc:h2:file:" + notAFolder.resolve("store"), 2);

        assertThatThrownBy(opening::await).isInstanceOf(RuntimeException.class);
        assertThatCode(opening::close).as("close after a failed open").doesNotThrowAnyException();
    }

    @Test
    void closeClosesOpenedStore() throws Exception {
        DatabaseOpening opening = DatabaseOpening.begin("jdbc:h2:file:" + folder.resolve("store"), 2);

        opening.close();

        HikariDataSource pool = (HikariDataSource) opening.await().dataSource();
        assertThat(pool.isClosed()).isTrue();
    }
}
