/** Who is who: the people Shamy knows, their roles, and how they map to the engine's users and groups. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package kz.shamy.identity;
