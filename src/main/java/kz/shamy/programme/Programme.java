package kz.shamy.programme;

import java.time.LocalDate;

/** The programme (its name, partners and dates), as other features see it. */
public record Programme(Long id, String name, String partners, LocalDate startsOn, LocalDate endsOn) {
}
