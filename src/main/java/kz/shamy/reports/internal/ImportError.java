package kz.shamy.reports.internal;

/**
 * Why one record of an import was refused. {@code line} is the line in JSON Lines, or the record's position
 * (from 1) in a JSON array; {@code field} is null when the whole record is at fault.
 */
public record ImportError(int line, String field, String message) {
}
