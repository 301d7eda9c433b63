package id.laporbridge.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** Splits rows by scope: the whole regency, then each OPD that has rows. */
final class ScopeGroups {

    /** Stands for the OPD of a complaint whose institution or OPD is not known. */
    static final String UNKNOWN_OPD = "(tidak diketahui)";

    private final boolean withRegency;

    /** With {@code withRegency} false, only OPD scopes are made, as in a report limited to one OPD. */
    ScopeGroups(boolean withRegency) {
        this.withRegency = withRegency;
    }

    static String opdOrUnknown(String opdCode) {
        return opdCode == null ? UNKNOWN_OPD : opdCode;
    }

    /** Returns the scopes of the given rows in report order: the regency first, then OPDs by kode. */
    <T> List<Scope> scopesOf(Collection<T> rows, Function<T, String> opdOf) {
        TreeSet<Scope> scopes = new TreeSet<>();
        if (withRegency) {
            scopes.add(Scope.REGENCY);
        }
        rows.stream().map(opdOf).map(ScopeGroups::opdOrUnknown).map(Scope::opd).forEach(scopes::add);
        return new ArrayList<>(scopes);
    }

    /** Returns the rows that belong to {@code scope}. */
    static <T> List<T> rowsOf(Scope scope, Collection<T> rows, Function<T, String> opdOf) {
        return rows.stream()
                .filter(row -> scope.isRegency() || Objects.equals(scope.opdCode(), opdOrUnknown(opdOf.apply(row))))
                .toList();
    }
}
