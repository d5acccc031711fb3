package kz.shamy.demo.internal;

import java.time.LocalDate;
import java.util.Map;
import kz.shamy.identity.DemoAccounts;
import kz.shamy.identity.LocalAccounts;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
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
 * DEMO ONLY. Seeds one programme, two regions, three schools and the people of the demo realm
 * (keycloak-realm/shamy-realm.json, password "demo" for all): with their accounts in the embedded default,
 * without them when Keycloak holds the accounts; then, unless {@code shamy.demo-circles=false}, a running
 * circle year ({@link DemoCircles}), and unless {@code shamy.demo-reports=false}, the archive of earlier
 * years' project reports ({@link DemoReports}). Runs once, in one transaction (a failure leaves nothing half-seeded and
 * is retried at the next start): a database that already has the person "admin" is left alone.
 */
@Component
@ConditionalOnProperty(name = "shamy.demo-data", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Schools schools;
    private final People people;
    private final LocalAccounts accounts;
    private final ObjectProvider<DemoCircles> circles;
    private final ObjectProvider<DemoReports> archive;
    private final TransactionTemplate transaction;

    DemoData(Schools schools, People people, LocalAccounts accounts, ObjectProvider<DemoCircles> circles,
            ObjectProvider<DemoReports> archive, PlatformTransactionManager transactionManager) {
        this.schools = schools;
        this.people = people;
        this.accounts = accounts;
        this.circles = circles;
        this.archive = archive;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener
    @Order(10)
    public void onEngineReady(ApplicationReadyEvent event) {
        accounts.ensureRoleGroups();
        if (people.find("admin").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            seedPeople();
            circles.ifAvailable(DemoCircles::seed);
            archive.ifAvailable(DemoReports::seed);
        });
    }

    private void seedPeople() {
        log.info("Seeding demo data (demo users, password 'demo': demo only)");
        schools.addProgramme("Teacher Leadership in Kazakhstan",
                "UNESCO, HertsCam, Kazakh National Women's Teacher Training University, TeachersLab",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30));
        Region turkistan = schools.addRegion("TUR", "Turkistan region");
        Region abai = schools.addRegion("ABA", "Abai region");
        School sairam = schools.addSchool(turkistan, "Sairam village school No. 12", "Sairam district",
                "Karabulak", "kk");
        School ordabasy = schools.addSchool(turkistan, "Ordabasy secondary school", "Ordabasy district",
                "Temirlan", "kk");
        School urzhar = schools.addSchool(abai, "Urzhar school-gymnasium", "Urzhar district", "Urzhar", "ru");

        // the people and passwords are the Keycloak realm file's, so both modes know the same demo users
        Map<String, School> schoolOf = Map.of("facilitator1", sairam, "facilitator2", urzhar,
                "teacher1", sairam, "teacher2", sairam, "teacher3", sairam, "teacher4", ordabasy,
                "teacher5", urzhar, "teacher6", urzhar);
        for (DemoAccounts.Account account : DemoAccounts.fromRealmFile()) {
            School school = schoolOf.get(account.username());
            people.add(new Person(account.username(), account.displayName(), account.role(),
                    school == null ? null : school.id(), account.email()));
            accounts.ensureAccount(account.username(), account.firstName(), account.lastName(), account.email(),
                    account.password(), account.role());
        }
    }
}
