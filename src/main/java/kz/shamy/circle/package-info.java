/** Professional learning circles: a facilitator's school year with a school's teachers, their sessions and network event. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "certification", "identity", "notify", "programme", "reports", "search", "shared", "workflow"})
package kz.shamy.circle;
