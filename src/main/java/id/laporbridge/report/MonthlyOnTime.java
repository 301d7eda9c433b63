package id.laporbridge.report;

import java.time.YearMonth;

/** SLA clocks of all rules that ended, or passed their deadline while running, in one month of the period. */
public record MonthlyOnTime(YearMonth month, int met, int late) {

    public Double shareMet() {
        return Shares.of(met, met + late);
    }
}
