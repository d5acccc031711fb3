package kz.shamy.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shamy.circle.Circle;
import kz.shamy.circle.CircleProgress;
import kz.shamy.circle.CircleProgress.CircleAttendance;
import kz.shamy.circle.CircleProgress.TeacherProgress;
import kz.shamy.identity.People;
import kz.shamy.programme.Programme;
import kz.shamy.programme.ProgrammeMembers;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.springframework.stereotype.Component;

/**
 * The dashboards' teachers × stages, gathered from the features that know each part: circles and projects
 * (circle), names (identity), schools, regions and programmes (programme).
 */
@Component
class TeacherStages {

    /** One teacher's row, with where they teach and in which programme. */
    record Row(Circle circle, String school, Long regionId, String region, Long programmeId, String programme,
            String teacher, String displayName, TeacherProgress progress) {
    }

    /** One circle's rows and its sessions' attendance. */
    record CircleBlock(Circle circle, String school, Long regionId, String region, List<Row> rows,
            CircleAttendance attendance) {

        public String displayName(String teacher) {
            return rows.stream().filter(row -> row.teacher().equals(teacher)).map(Row::displayName).findFirst()
                    .orElse(teacher);
        }
    }

    private final CircleProgress progress;
    private final People people;
    private final Schools schools;
    private final ProgrammeMembers programmeMembers;

    TeacherStages(CircleProgress progress, People people, Schools schools, ProgrammeMembers programmeMembers) {
        this.progress = progress;
        this.people = people;
        this.schools = schools;
        this.programmeMembers = programmeMembers;
    }

    List<CircleBlock> of(Collection<Circle> circles) {
        Map<Long, String> programmeNames = new HashMap<>();
        schools.programmes().forEach(p -> programmeNames.put(p.id(), p.name()));
        Map<Long, String> regionNames = new HashMap<>();
        schools.regions().forEach(r -> regionNames.put(r.id(), r.name()));
        List<CircleBlock> blocks = new ArrayList<>();
        for (Circle circle : circles) {
            List<TeacherProgress> teachers = progress.teachersOf(circle.id());
            List<String> usernames = teachers.stream().map(TeacherProgress::teacher).toList();
            Map<String, String> names = new HashMap<>();
            people.all(usernames).forEach(p -> names.put(p.username(), p.displayName()));
            Map<String, Long> programmes = programmeMembers.programmeOf(usernames);
            Optional<School> school = schools.find(circle.schoolId());
            String schoolName = school.map(School::name).orElse("");
            Long regionId = school.map(School::regionId).orElse(null);
            String region = regionNames.getOrDefault(regionId, "");
            List<Row> rows = new ArrayList<>();
            for (TeacherProgress teacher : teachers) {
                Long programmeId = programmes.get(teacher.teacher());
                rows.add(new Row(circle, schoolName, regionId, region, programmeId,
                        programmeNames.getOrDefault(programmeId, ""), teacher.teacher(),
                        names.getOrDefault(teacher.teacher(), teacher.teacher()), teacher));
            }
            blocks.add(new CircleBlock(circle, schoolName, regionId, region, rows, progress.attendanceOf(circle.id())));
        }
        return blocks;
    }

    List<Programme> programmes() {
        return schools.programmes();
    }

    List<Region> regions() {
        return schools.regions();
    }

    static List<Row> rowsOf(List<CircleBlock> blocks) {
        return blocks.stream().flatMap(block -> block.rows().stream()).toList();
    }
}
