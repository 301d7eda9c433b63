package id.laporbridge.demo;

import java.time.Instant;

/**
 * A made-up complaint in Indonesian about Kabupaten Bantul, for demos and benchmarks.
 *
 * @param key stable key within one generated sequence, e.g. {@code SYN-0000042}
 * @param classification {@code pengaduan}, {@code aspirasi} or {@code permintaan-informasi}
 * @param categoryCode topic code from {@link BantulCatalog#CATEGORIES}
 * @param opdCode OPD the topic belongs to, from {@link BantulCatalog#CATEGORIES}
 * @param channel {@code lapor-bantul} or {@code sp4n-lapor}
 * @param anonymous the reporter's identity is hidden from the agency; reporter fields are then null
 * @param secret the complaint is hidden from the public
 */
public record SyntheticComplaint(String key, String title, String body, String classification, String categoryCode,
        String kapanewon, String kalurahan, String opdCode, String channel, boolean anonymous, boolean secret,
        String reporterName, String reporterPhone, String reporterEmail, Instant createdAt) {
}
