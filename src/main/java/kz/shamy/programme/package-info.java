/** The programme itself: its regions and schools, and (with the induction workshop) who may join a circle. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared", "workflow"})
package kz.shamy.programme;
