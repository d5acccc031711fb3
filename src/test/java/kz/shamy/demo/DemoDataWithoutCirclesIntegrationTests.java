package kz.shamy.demo;

import kz.shamy.demo.internal.DemoCircles;
import static org.assertj.core.api.Assertions.assertThat;

import kz.shamy.identity.People;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code shamy.demo-circles=false}: the demo people only, no workshop, no circle. */
// a context of its own: what it checks is the demo data loaded without circles, which no shared context has
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo2;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "shamy.demo-circles=false",
        "camunda.bpm.job-execution.enabled=false"})
class DemoDataWithoutCirclesIntegrationTests {

    @Autowired People people;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void peopleAreSeededButNoCircleOrWorkshop() {
        assertThat(people.find("teacher1")).isPresent();
        assertThat(people.find("facilitator1")).isPresent();
        assertThat(context.getBeansOfType(DemoCircles.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from shamy.development_project", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from shamy.workshop", Long.class)).isZero();
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    }
}
