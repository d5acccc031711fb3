package kz.shamy.notify;

import java.util.Map;
import java.util.UUID;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A teacher and their facilitator (both with mail addresses) in a circle of their own, and their development work. */
@Component
class NotifyFixture {

    record Circle(String teacher, String facilitator, Long circleId) {
        String teacherAddress() {
            return teacher + "@school.example";
        }

        String facilitatorAddress() {
            return facilitator + "@school.example";
        }
    }

    private final People people;
    private final Schools schools;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;

    NotifyFixture(People people, Schools schools, JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks) {
        this.people = people;
        this.schools = schools;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    Circle circle() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Region region = schools.addRegion("region-" + suffix, "Region " + suffix);
        School school = schools.addSchool(region, "School " + suffix, "District", "Village", "kk");
        String teacher = people.add(new Person("teacher-" + suffix, "Aigerim " + suffix, Role.TEACHER,
                school.id(), "teacher-" + suffix + "@school.example")).username();
        String facilitator = people.add(new Person("facilitator-" + suffix, "Facilitator " + suffix,
                Role.FACILITATOR, null, "facilitator-" + suffix + "@school.example")).username();
        Long circleId = jdbc.queryForObject("select id from final table (insert into shamy.circle (school_id,"
                + " facilitator_id, academic_year, status, started_at) values (?, ?, '2026-2027', 'OPEN',"
                + " current_timestamp))", Long.class, school.id(), facilitator);
        jdbc.update("insert into shamy.circle_membership (circle_id, teacher_id, project_completed) values (?, ?,"
                + " false)", circleId, teacher);
        return new Circle(teacher, facilitator, circleId);
    }

    ProcessInstance startDevelopmentWork(Circle circle) {
        return runtime.startProcessInstanceByKey("development-work", Map.of("teacherId", circle.teacher(),
                "facilitatorId", circle.facilitator(), "circleId", circle.circleId()));
    }

    Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(task(pi).getId(), variables);
    }
}
