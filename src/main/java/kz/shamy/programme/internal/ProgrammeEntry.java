package kz.shamy.programme.internal;

import kz.shamy.programme.Programme;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity(name = "Programme")
/** A stored programme: the row behind {@link Programme}, which is what other features see. */
public class ProgrammeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String partners;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected ProgrammeEntry() {
    }

    public ProgrammeEntry(String name, String partners, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.partners = partners;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPartners() {
        return partners;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Programme view() {
        return new Programme(id, name, partners, startsOn, endsOn);
    }
}
