package kz.shamy.programme.internal;

import kz.shamy.programme.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity(name = "School")
/** A stored school: the row behind {@link School}, which is what other features see. */
public class SchoolEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long regionId;
    private String name;
    private String district;
    private String locality;
    /** ISO 639-1 code of the language lessons are taught in: kk, ru or en. */
    @Column(name = "language_of_instruction")
    private String languageOfInstruction;

    protected SchoolEntry() {
    }

    public SchoolEntry(Long regionId, String name, String district, String locality, String languageOfInstruction) {
        this.regionId = regionId;
        this.name = name;
        this.district = district;
        this.locality = locality;
        this.languageOfInstruction = languageOfInstruction;
    }

    public Long getId() {
        return id;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getLocality() {
        return locality;
    }

    public String getLanguageOfInstruction() {
        return languageOfInstruction;
    }

    public School view() {
        return new School(id, regionId, name, district, locality, languageOfInstruction);
    }
}
