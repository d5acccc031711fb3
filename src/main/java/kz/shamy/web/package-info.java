/** Shamy's pages, sign-in, and the one place where failures become problem-detail responses. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "certification", "circle", "identity", "notify", "programme", "shared", "workflow"})
package kz.shamy.web;
