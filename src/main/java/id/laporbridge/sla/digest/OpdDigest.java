package id.laporbridge.sla.digest;

/**
 * The figures of one OPD in the daily digest. A complaint counts once: as breached when one of its running clocks is
 * past its deadline, else as approaching when one is past its due-soon time.
 *
 * @param opdCode         the Lapor Bantul OPD kode, or null for clocks without one
 * @param open            complaints with at least one running clock
 * @param oldestComplaint the open complaint filed first, as source:upstream id
 * @param oldestAgeDays   whole calendar days since that complaint was filed
 */
record OpdDigest(String opdCode, int open, int approaching, int breached, String oldestComplaint,
                 long oldestAgeDays) {
}
