# Shamy's image: built from source with the Maven wrapper, run on a JRE 17. The modeler's bundle is built first on
# Node.js 20 (the JDK image's own Node.js is older), then Maven packages it without running npm again.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/src/main/frontend
COPY src/main/frontend/package.json src/main/frontend/package-lock.json src/main/frontend/.npmrc ./
RUN npm ci
COPY src/main/frontend ./
RUN npm run build

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY processes processes
COPY keycloak-realm keycloak-realm
COPY src src
COPY --from=frontend /src/target/classes/static/modeler target/classes/static/modeler
RUN ./mvnw -B -q package -DskipTests -Dshamy.frontend.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system shamy && mkdir /app/data && chown shamy /app/data
COPY --from=build /src/target/shamy-*.jar /app/shamy.jar
USER shamy
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/shamy.jar"]
