package kz.shamy.workflow.engine;

import kz.shamy.ShamyIntegrationTest;

/** {@link GrantChecksDifferential} on the embedded default's H2. */
@ShamyIntegrationTest
class GrantChecksIntegrationTests extends GrantChecksDifferential {
}
