package kz.shamy.programme;

import kz.shamy.programme.internal.ProgrammeEntry;
import kz.shamy.programme.internal.ProgrammeRepository;
import kz.shamy.programme.internal.RegionEntry;
import kz.shamy.programme.internal.RegionRepository;
import kz.shamy.programme.internal.SchoolEntry;
import kz.shamy.programme.internal.SchoolRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shamy.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's regions and schools, for the other features. */
@Service
@Transactional(readOnly = true)
public class Schools {

    private final SchoolRepository schools;
    private final RegionRepository regions;
    private final ProgrammeRepository programmes;

    Schools(SchoolRepository schools, RegionRepository regions, ProgrammeRepository programmes) {
        this.schools = schools;
        this.regions = regions;
        this.programmes = programmes;
    }

    public Optional<School> find(Long id) {
        return id == null ? Optional.empty() : schools.findById(id).map(SchoolEntry::view);
    }

    /** The school a request names, or a 400 that says which field is wrong. */
    public School require(String field, Long id) {
        if (id == null) {
            throw new InvalidRequest(field, field + " is required");
        }
        return schools.findById(id).orElseThrow(() -> new InvalidRequest(field, "school " + id + " does not exist")).view();
    }

    public Optional<Region> region(Long id) {
        return id == null ? Optional.empty() : regions.findById(id).map(RegionEntry::view);
    }

    public List<Region> regions() {
        return regions.findAll().stream().map(RegionEntry::view).toList();
    }

    public List<School> all() {
        return schools.findAll().stream().map(SchoolEntry::view).toList();
    }

    public Optional<Region> regionByCode(String code) {
        return regions.findByCode(code).map(RegionEntry::view);
    }

    public List<Programme> programmes() {
        return programmes.findAll().stream().map(ProgrammeEntry::view).toList();
    }

    @Transactional
    public Region addRegion(String code, String name) {
        return regions.save(new RegionEntry(code, name)).view();
    }

    @Transactional
    public School addSchool(Region region, String name, String district, String locality, String language) {
        return schools.save(new SchoolEntry(region.id(), name, district, locality, language)).view();
    }

    @Transactional
    public Programme addProgramme(String name, String partners, LocalDate startsOn, LocalDate endsOn) {
        return programmes.save(new ProgrammeEntry(name, partners, startsOn, endsOn)).view();
    }
}
