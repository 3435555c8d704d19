package io.jiayi.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.jiayi.common.error.ProblemCode;
import io.quarkus.test.junit.QuarkusTest;

/**
 * api-spec/openapi.yaml is the contract handed to the app and partner teams: what the service
 * serves must be exactly it. After an intended change, regenerate it with
 * {@code ./mvnw verify -Djiayi.contract.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "api-spec", "openapi.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String yaml) {
        return new Yaml().load(yaml);
    }

    private static String served() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void theServedDocumentIsTheCheckedInContract() throws IOException {
        String served = served();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("jiayi.contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(CONTRACT)) {
            fail("api-spec/openapi.yaml is missing; run with -Djiayi.contract.update=true to create it");
        }
        assertEquals(parse(Files.readString(CONTRACT, StandardCharsets.UTF_8)), parse(served),
                "The served OpenAPI differs from api-spec/openapi.yaml (served copy: backend/target/openapi-served.yaml). "
                        + "If the change is intended, run with -Djiayi.contract.update=true and commit the diff.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsTaggedByAudienceAndDescribesItsErrors() {
        Map<String, Object> document = parse(served());
        Set<String> audiences = Set.of("public", "resident", "doctor", "staff", "partner");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return;
            }
            List<String> tags = (List<String>) operation.get("tags");
            if (tags == null || tags.stream().noneMatch(audiences::contains)) {
                problems.add(method + " " + path + " has no audience tag");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                problems.add(method + " " + path + " lists no error response");
            }
            if (operation.get("operationId") == null) {
                problems.add(method + " " + path + " has no operationId");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProblemCodeCatalogueIsInTheContract() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) parse(served()).get("components"))
                .get("schemas");
        Map<String, Object> code = (Map<String, Object>) schemas.get("ProblemCode");
        Set<String> published = new TreeSet<>((List<String>) code.get("enum"));
        Set<String> catalogue = new TreeSet<>(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
        assertEquals(catalogue, published);
    }
}
