package kz.shamy.circle;

/** A circle is OPEN for its school year and CLOSED once its cycle has closed. */
public enum CircleStatus {
    OPEN,
    CLOSED
}
