package kz.shamy.demo;

import java.time.LocalDate;
import java.util.List;
import kz.shamy.identity.LocalAccounts;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.Programme;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO ONLY. Seeds the embedded default with one programme, two regions, three schools and the demo
 * users (password "demo" for all), then, unless {@code shamy.demo-circles=false}, a running circle year
 * ({@link DemoCircles}). Runs once, in one transaction (a failure leaves nothing half-seeded and is retried at
 * the next start): a database that already has the user "admin" is left alone.
 */
@Component
@ConditionalOnProperty(name = "shamy.demo-data", havingValue = "true")
class DemoData {

    /** Demo-only password of every demo account. Never used outside the embedded default. */
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Schools schools;
    private final People people;
    private final LocalAccounts accounts;
    private final ObjectProvider<DemoCircles> circles;
    private final TransactionTemplate transaction;

    DemoData(Schools schools, People people, LocalAccounts accounts, ObjectProvider<DemoCircles> circles,
            PlatformTransactionManager transactionManager) {
        this.schools = schools;
        this.people = people;
        this.accounts = accounts;
        this.circles = circles;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener
    @Order(10)
    void onEngineReady(ApplicationReadyEvent event) {
        accounts.ensureRoleGroups();
        if (people.find("admin").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            seedPeople();
            circles.ifAvailable(DemoCircles::seed);
        });
    }

    private void seedPeople() {
        log.info("Seeding demo data (demo users, password 'demo': demo only)");
        schools.addProgramme(new Programme("Teacher Leadership in Kazakhstan",
                "UNESCO, HertsCam, Kazakh National Women's Teacher Training University, TeachersLab",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
        Region turkistan = schools.addRegion("TUR", "Turkistan region");
        Region abai = schools.addRegion("ABA", "Abai region");
        School sairam = schools.addSchool(turkistan, "Sairam village school No. 12", "Sairam district",
                "Karabulak", "kk");
        School ordabasy = schools.addSchool(turkistan, "Ordabasy secondary school", "Ordabasy district",
                "Temirlan", "kk");
        School urzhar = schools.addSchool(abai, "Urzhar school-gymnasium", "Urzhar district", "Urzhar", "ru");

        person("admin", "Aigerim", "Seitkali", Role.ADMIN, null);
        person("staff1", "Dana", "Mukhametova", Role.STAFF, null);
        person("assessor1", "Gulnara", "Abenova", Role.ASSESSOR, null);
        person("assessor2", "Timur", "Zhaksylykov", Role.ASSESSOR, null);
        person("facilitator1", "Saule", "Nurlanovna", Role.FACILITATOR, sairam);
        person("facilitator2", "Yerlan", "Bekov", Role.FACILITATOR, urzhar);
        List<String[]> teachers = List.of(
                new String[] {"teacher1", "Aliya", "Omarova"}, new String[] {"teacher2", "Nurlan", "Kassymov"},
                new String[] {"teacher3", "Madina", "Tulegenova"}, new String[] {"teacher4", "Askar", "Ibraev"},
                new String[] {"teacher5", "Olga", "Petrenko"}, new String[] {"teacher6", "Zhanar", "Sadykova"});
        School[] schoolOf = {sairam, sairam, sairam, ordabasy, urzhar, urzhar};
        for (int i = 0; i < teachers.size(); i++) {
            String[] t = teachers.get(i);
            person(t[0], t[1], t[2], Role.TEACHER, schoolOf[i]);
        }
    }

    private void person(String username, String first, String last, Role role, School school) {
        String email = username + "@demo.shamy.kz";
        people.add(new Person(username, first + " " + last, role, school == null ? null : school.getId(), email));
        accounts.ensureAccount(username, first, last, email, DEMO_PASSWORD, role);
    }
}
