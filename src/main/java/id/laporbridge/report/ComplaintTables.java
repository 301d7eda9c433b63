package id.laporbridge.report;

import id.laporbridge.config.BridgeConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Counts complaints per scope: by source and disposition, and by category. */
final class ComplaintTables {

    /** Stands for a complaint without a category. */
    static final String NO_CATEGORY = "(tanpa kategori)";

    private final ScopeGroups groups;

    ComplaintTables(ScopeGroups groups) {
        this.groups = groups;
    }

    List<ComplaintCounts> counts(List<ComplaintUnit> units, Set<Long> duplicateIds) {
        List<ComplaintCounts> counts = new ArrayList<>();
        for (Scope scope : groups.scopesOf(units, ComplaintUnit::opdCode)) {
            List<ComplaintUnit> inScope = ScopeGroups.rowsOf(scope, units, ComplaintUnit::opdCode);
            counts.add(new ComplaintCounts(scope, count(inScope, ComplaintTables::isLaporBantul),
                    count(inScope, unit -> !isLaporBantul(unit)),
                    count(inScope, unit -> unit.disposition() == Disposition.ANSWERED),
                    count(inScope, unit -> unit.disposition() == Disposition.OPEN),
                    count(inScope, unit -> unit.disposition() == Disposition.ROUTED),
                    count(inScope, unit -> unit.disposition() == Disposition.REJECTED),
                    count(inScope, unit -> duplicateIds.contains(unit.id()))));
        }
        return counts;
    }

    List<CategoryCount> categories(List<ComplaintUnit> units) {
        List<CategoryCount> categories = new ArrayList<>();
        for (Scope scope : groups.scopesOf(units, ComplaintUnit::opdCode)) {
            List<ComplaintUnit> inScope = ScopeGroups.rowsOf(scope, units, ComplaintUnit::opdCode);
            Map<String, List<ComplaintUnit>> byCategory = new TreeMap<>();
            inScope.forEach(unit -> byCategory.computeIfAbsent(categoryOf(unit), key -> new ArrayList<>()).add(unit));
            byCategory.forEach((category, inCategory) -> categories.add(new CategoryCount(scope, category,
                    count(inCategory, ComplaintTables::isLaporBantul), count(inCategory, unit -> !isLaporBantul(unit)))));
        }
        return categories;
    }

    private static String categoryOf(ComplaintUnit unit) {
        return Objects.requireNonNullElse(unit.category(), NO_CATEGORY);
    }

    private static boolean isLaporBantul(ComplaintUnit unit) {
        return BridgeConfig.LAPOR_BANTUL.equals(unit.source());
    }

    private static int count(List<ComplaintUnit> units, Predicate<ComplaintUnit> test) {
        return (int) units.stream().filter(test).count();
    }
}
