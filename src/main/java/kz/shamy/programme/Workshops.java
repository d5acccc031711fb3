package kz.shamy.programme;

import kz.shamy.programme.internal.InductionWorkshop;
import kz.shamy.programme.internal.InvitationAnswer;
import kz.shamy.programme.internal.PlannedWorkshop;
import kz.shamy.programme.internal.Workshop;
import kz.shamy.programme.internal.WorkshopInvitation;
import kz.shamy.programme.internal.WorkshopInvitationRepository;
import kz.shamy.programme.internal.WorkshopPlanCheck;
import kz.shamy.programme.internal.WorkshopRepository;
import kz.shamy.programme.internal.WorkshopStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.shamy.identity.Person;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Induction workshops, for the other features: plan one (record it and start its process), read it,
 * and ask who attended both days and may therefore join a professional learning circle.
 */
@Service
@Transactional(readOnly = true)
public class Workshops {

    private final WorkshopRepository workshops;
    private final WorkshopInvitationRepository invitations;
    private final WorkshopPlanCheck planCheck;
    private final RuntimeService runtime;
    private final Clock clock;

    Workshops(WorkshopRepository workshops, WorkshopInvitationRepository invitations, WorkshopPlanCheck planCheck,
            RuntimeService runtime, Clock clock) {
        this.clock = clock;
        this.workshops = workshops;
        this.invitations = invitations;
        this.planCheck = planCheck;
        this.runtime = runtime;
    }

    /**
     * Records the workshop with its invitations and starts its {@code induction-workshop} process, which
     * sends the invitations. A plan that does not hold (see {@link #create}) starts nothing.
     */
    @Transactional
    public PlannedWorkshop plan(WorkshopPlan plan) {
        Workshop workshop = create(plan);
        String processInstanceId = runtime.startProcessInstanceByKey(InductionWorkshop.PROCESS_KEY,
                String.valueOf(workshop.getId()), Map.of(InductionWorkshop.WORKSHOP_ID, workshop.getId())).getId();
        return new PlannedWorkshop(workshop.getId(), processInstanceId);
    }

    /**
     * Records a workshop and its pending invitations without starting a process: day 2 after day 1, the
     * deadline before day 1 and not passed, the region (and programme, if given) known, every invitee a
     * teacher, principal or facilitator. Otherwise a 400 {@code InvalidRequest} naming the field.
     */
    @Transactional
    public Workshop create(WorkshopPlan plan) {
        List<Person> invitees = planCheck.check(plan);
        Workshop workshop = workshops.save(new Workshop(plan));
        for (Person invitee : invitees) {
            invitations.save(new WorkshopInvitation(workshop.getId(), invitee.username(), invitee.role()));
        }
        return workshop;
    }

    /**
     * Records an induction workshop held before Shamy planned it (kept on paper or in an earlier system), as
     * closed: every invitee of {@code held} attended both days and may therefore join a circle. No process
     * runs and nobody is notified. Checked as {@link #create}, except that day 2 must be in the past.
     */
    @Transactional
    public Workshop recordHeld(WorkshopPlan held) {
        List<Person> attendees = planCheck.checkHeld(held);
        Workshop workshop = workshops.save(new Workshop(held));
        Instant now = clock.instant();
        for (Person attendee : attendees) {
            WorkshopInvitation invitation = new WorkshopInvitation(workshop.getId(), attendee.username(),
                    attendee.role());
            invitation.answer(InvitationAnswer.CONFIRMED, now);
            invitation.attended(1, true);
            invitation.attended(2, true);
            invitation.close();
            invitations.save(invitation);
        }
        workshop.moveTo(WorkshopStatus.CLOSED);
        return workshop;
    }

    public Optional<Workshop> find(Long id) {
        return id == null ? Optional.empty() : workshops.findById(id);
    }

    public Workshop require(Long id) {
        return find(id).orElseThrow(() -> new NotFound("workshop", id));
    }

    /** The workshop's invitations with answers, attendance and feedback, by username. */
    public List<WorkshopInvitation> invitations(Long workshopId) {
        return invitations.findByWorkshopIdOrderByUsername(workshopId);
    }

    /** Whether the person attended both days of a closed induction workshop. */
    public boolean isEligibleForCircles(String username) {
        return invitations.existsByUsernameAndEligibleForCirclesTrue(username);
    }

    /**
     * Those of these people who may not join a professional learning circle yet, in the order given: they
     * have not attended both days of an induction workshop that has closed. One query, whatever the number.
     */
    public List<String> notEligibleForCircles(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Set<String> eligible = new HashSet<>(invitations.eligibleAmong(usernames));
        return usernames.stream().filter(username -> !eligible.contains(username)).distinct().toList();
    }

    /** Usernames of everyone who attended both days of a closed induction workshop in the region. */
    public List<String> eligibleForCircles(Long regionId) {
        return invitations.eligibleUsernamesIn(regionId);
    }
}
