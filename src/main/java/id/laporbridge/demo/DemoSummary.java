package id.laporbridge.demo;

import java.time.Duration;

/** What one demo cycle synced, and how long it took from seeding to the last follow-up. */
public record DemoSummary(int sp4nComplaints, int aduanInLaporBantul, int opdAnswers, int sp4nFollowups,
                          Duration took) {

    public String describe() {
        return String.format("Demo cycle done in %.1f s: %d SP4N-LAPOR! complaints mirrored into Lapor Bantul "
                        + "(%d aduan there in all), %d OPD answers posted back as %d SP4N-LAPOR! follow-ups",
                took.toMillis() / 1000.0, sp4nComplaints, aduanInLaporBantul, opdAnswers, sp4nFollowups);
    }
}
