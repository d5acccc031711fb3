# Shamy's image: built from source with the Maven wrapper, run on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY processes processes
COPY keycloak-realm keycloak-realm
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system shamy && mkdir /app/data && chown shamy /app/data
COPY --from=build /src/target/shamy-*.jar /app/shamy.jar
USER shamy
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/shamy.jar"]
