package id.laporbridge.sla.calendar;

import java.time.LocalDate;

/** A national holiday ({@code libur_nasional}) or collective leave day ({@code cuti_bersama}). */
public record Holiday(LocalDate date, String name, String type, boolean provisional) {
}
