package kz.shamy.programme;

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
        return id == null ? Optional.empty() : schools.findById(id);
    }

    /** The school a request names, or a 400 that says which field is wrong. */
    public School require(String field, Long id) {
        if (id == null) {
            throw new InvalidRequest(field, field + " is required");
        }
        return schools.findById(id).orElseThrow(() -> new InvalidRequest(field, "school " + id + " does not exist"));
    }

    public Optional<Region> region(Long id) {
        return id == null ? Optional.empty() : regions.findById(id);
    }

    public List<Region> regions() {
        return regions.findAll();
    }

    public List<School> all() {
        return schools.findAll();
    }

    public Optional<Region> regionByCode(String code) {
        return regions.findByCode(code);
    }

    public List<Programme> programmes() {
        return programmes.findAll();
    }

    @Transactional
    public Region addRegion(String code, String name) {
        return regions.save(new Region(code, name));
    }

    @Transactional
    public School addSchool(Region region, String name, String district, String locality, String language) {
        return schools.save(new School(region.getId(), name, district, locality, language));
    }

    @Transactional
    public Programme addProgramme(Programme programme) {
        return programmes.save(programme);
    }
}
