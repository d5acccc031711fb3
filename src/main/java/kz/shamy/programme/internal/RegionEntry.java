package kz.shamy.programme.internal;

import kz.shamy.programme.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity(name = "Region")
/** A stored region: the row behind {@link Region}, which is what other features see. */
public class RegionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;

    protected RegionEntry() {
    }

    public RegionEntry(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region view() {
        return new Region(id, code, name);
    }
}
