package kz.shamy.programme;

/** A region of the programme, as other features see it. */
public record Region(Long id, String code, String name) {
}
