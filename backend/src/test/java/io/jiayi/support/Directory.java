package io.jiayi.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** Finds the seeded directory's ids through the public API, by their stable codes. */
public final class Directory {

    private Directory() {
    }

    public static String institutionId(String code) {
        return idByCode("/api/v1/institutions", code);
    }

    public static String streetId(String code) {
        return idByCode("/api/v1/streets", code);
    }

    public static String departmentId(String institutionCode, String code) {
        List<Map<String, Object>> items = given().queryParam("institutionId", institutionId(institutionCode))
                .queryParam("size", 100).get("/api/v1/departments").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return pick(items, code);
    }

    private static String idByCode(String path, String code) {
        for (int page = 0; page < 10; page++) {
            List<Map<String, Object>> items = given().queryParam("size", 100).queryParam("page", page).get(path)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            if (items.isEmpty()) {
                break;
            }
            String id = items.stream().filter(i -> code.equals(i.get("code"))).map(i -> (String) i.get("id"))
                    .findFirst().orElse(null);
            if (id != null) {
                return id;
            }
        }
        throw new AssertionError("No " + code + " at " + path);
    }

    private static String pick(List<Map<String, Object>> items, String code) {
        return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> (String) i.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + code));
    }
}
