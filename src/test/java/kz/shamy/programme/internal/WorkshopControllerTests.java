package kz.shamy.programme.internal;

import kz.shamy.programme.InductionWorkshopIntegrationTests;
import kz.shamy.programme.Workshops;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The workshop API's own rules, on the web layer alone (the service is a mock): only administrators plan or read
 * workshops, and a refusal starts nothing; the service's refusals come back as problem details. Planning for real
 * is {@link InductionWorkshopIntegrationTests}'; anonymous callers are refused in the authorization matrix.
 */
// notify's language interceptor (a WebMvcConfigurer, so in every web slice) stays out: it skips /api/** anyway
@WebMvcTest(controllers = WorkshopController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "kz\\.shamy\\.notify\\..*LanguagePicked"))
class WorkshopControllerTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final String PLAN = """
            {"regionId": 7, "venue": "Sairam village school No. 12", "day1": "2026-10-05", "day2": "2026-10-06",
             "registrationDeadline": "2026-09-28", "invitees": ["teacher1"]}""";

    @Autowired MockMvc mvc;
    @MockitoBean Workshops workshops;

    @Test
    void anAdministratorPlansAWorkshopAndIsToldWhereItIs() throws Exception {
        given(workshops.plan(any())).willReturn(new PlannedWorkshop(42L, "pi-42"));

        mvc.perform(post("/api/workshops").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(PLAN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/workshops/42"))
                .andExpect(jsonPath("$.workshopId").value(42))
                .andExpect(jsonPath("$.processInstanceId").value("pi-42"));
    }

    @Test
    void onlyAdministratorsPlanOrReadWorkshopsAndARefusalStartsNothing() throws Exception {
        for (RequestPostProcessor other : new RequestPostProcessor[] {user("teacher1").roles("TEACHER"),
            user("facilitator1").roles("FACILITATOR"), user("assessor1").roles("ASSESSOR"),
            user("staff1").roles("STAFF")}) {
            mvc.perform(post("/api/workshops").with(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(PLAN))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:shamy:problem:forbidden"));
            mvc.perform(get("/api/workshops/{id}", 42).with(other))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:shamy:problem:forbidden"));
        }
        verify(workshops, never()).plan(any());
        verify(workshops, never()).require(any());
    }

    @Test
    void anUnknownWorkshopIsNotFound() throws Exception {
        given(workshops.require(987654L)).willThrow(new NotFound("workshop", 987654L));

        mvc.perform(get("/api/workshops/{id}", 987654).with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:not-found"));
    }

    @Test
    void aPlanTheServiceRefusesIsABadRequestNamingTheField() throws Exception {
        given(workshops.plan(any())).willThrow(new InvalidRequest("invitees", "no person with username 'nobody'"));

        mvc.perform(post("/api/workshops").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(PLAN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:invalid-request"))
                .andExpect(jsonPath("$.field").value("invitees"));
    }
}
