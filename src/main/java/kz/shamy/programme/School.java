package kz.shamy.programme;

/** A school of the programme, as other features see it. */
public record School(Long id, Long regionId, String name, String district, String locality, String languageOfInstruction) {
}
