package kz.shamy.programme.internal;

import kz.shamy.programme.WorkshopPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import org.springframework.stereotype.Component;

/** Checks a workshop plan before anything is saved or started; each refusal names the field at fault. */
@Component
public class WorkshopPlanCheck {

    static final Set<Role> INVITABLE = EnumSet.of(Role.TEACHER, Role.PRINCIPAL, Role.FACILITATOR);
    private static final int VENUE_MAX = 300;

    private final People people;
    private final RegionRepository regions;
    private final ProgrammeRepository programmes;
    private final Clock clock;

    WorkshopPlanCheck(People people, RegionRepository regions, ProgrammeRepository programmes, Clock clock) {
        this.people = people;
        this.regions = regions;
        this.programmes = programmes;
        this.clock = clock.withZone(WorkshopTimers.ZONE);
    }

    /** The invitees, each once, in the order given, with the role each is invited in. */
    public List<Person> check(WorkshopPlan plan) {
        return check(plan, false);
    }

    /**
     * As {@link #check(WorkshopPlan)}, for a workshop already held: its day 2 must have passed (the
     * registration deadline then has too).
     */
    public List<Person> checkHeld(WorkshopPlan plan) {
        return check(plan, true);
    }

    private List<Person> check(WorkshopPlan plan, boolean held) {
        if (plan == null) {
            throw new InvalidRequest(null, "the workshop plan is required");
        }
        if (plan.programmeId() != null && !programmes.existsById(plan.programmeId())) {
            throw new InvalidRequest("programmeId", "programme " + plan.programmeId() + " does not exist");
        }
        required("regionId", plan.regionId());
        if (!regions.existsById(plan.regionId())) {
            throw new InvalidRequest("regionId", "region " + plan.regionId() + " does not exist");
        }
        if (plan.venue() == null || plan.venue().isBlank()) {
            throw new InvalidRequest("venue", "venue is required");
        }
        if (plan.venue().strip().length() > VENUE_MAX) {
            throw new InvalidRequest("venue", "venue is longer than " + VENUE_MAX + " characters");
        }
        checkDates(plan, held);
        return invitees(plan.invitees());
    }

    private void checkDates(WorkshopPlan plan, boolean held) {
        required("day1", plan.day1());
        required("day2", plan.day2());
        required("registrationDeadline", plan.registrationDeadline());
        if (!plan.day2().isAfter(plan.day1())) {
            throw new InvalidRequest("day2", "day 2 (" + plan.day2() + ") must come after day 1 (" + plan.day1() + ")");
        }
        if (!plan.registrationDeadline().isBefore(plan.day1())) {
            throw new InvalidRequest("registrationDeadline", "the registration deadline ("
                    + plan.registrationDeadline() + ") must be before day 1 (" + plan.day1() + ")");
        }
        if (held && !plan.day2().isBefore(LocalDate.now(clock))) {
            throw new InvalidRequest("day2", "day 2 (" + plan.day2() + ") has not passed: the workshop is not held yet");
        }
        if (!held && plan.registrationDeadline().isBefore(LocalDate.now(clock))) {
            throw new InvalidRequest("registrationDeadline",
                    "the registration deadline (" + plan.registrationDeadline() + ") has passed");
        }
    }

    private List<Person> invitees(List<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidRequest("invitees", "invite at least one person");
        }
        Set<String> unique = new LinkedHashSet<>(FormInput.REQUEST.usernames(usernames));
        Map<String, Person> known = people.all(unique).stream()
                .collect(Collectors.toMap(Person::username, Function.identity()));
        List<Person> invitees = new ArrayList<>();
        for (String username : unique) {
            Person person = known.get(username);
            if (person == null) {
                throw new InvalidRequest("invitees", "no person with username '" + username + "'");
            }
            if (!INVITABLE.contains(person.role())) {
                throw new InvalidRequest("invitees", "'" + username + "' is a " + person.role().label()
                        + "; only teachers, principals and facilitators are invited");
            }
            invitees.add(person);
        }
        return invitees;
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidRequest(field, field + " is required");
        }
    }
}
