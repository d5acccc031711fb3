/** Demo data for the embedded default (shamy.demo-data=true): one programme, its schools, people and a running circle. Demo only. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "circle", "identity", "programme", "reports", "shared"})
package kz.shamy.demo;
