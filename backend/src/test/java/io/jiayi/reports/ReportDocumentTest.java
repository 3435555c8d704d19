package io.jiayi.reports;

import static io.jiayi.reports.ReportFixtures.GUANGHUA;
import static io.jiayi.reports.ReportFixtures.TONGREN;
import static io.jiayi.reports.ReportFixtures.lab;
import static io.jiayi.reports.ReportFixtures.newSenderId;
import static io.jiayi.reports.ReportFixtures.push;
import static io.jiayi.reports.ReportFixtures.pushed;
import static io.jiayi.reports.ReportFixtures.staffOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A report's document: uploaded by the sending institution up to 5 MiB, checked by content, downloaded by its readers. */
@QuarkusTest
class ReportDocumentTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    static byte[] file(byte[] magic, int size) {
        byte[] content = new byte[size];
        ThreadLocalRandom.current().nextBytes(content);
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    static byte[] pdf(int size) {
        return file("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), size);
    }

    static byte[] png(int size) {
        return file(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, size);
    }

    static byte[] jpeg(int size) {
        return file(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, size);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static io.restassured.response.ValidatableResponse upload(String institutionCode, String reportId,
            String type, byte[] content) {
        return staffOf(institutionCode).contentType(type).body(content).put("/api/v1/reports/" + reportId + "/document")
                .then();
    }

    @Test
    void theInstitutionUploadsADocumentAndReadersDownloadItAsStored() throws Exception {
        Registered resident = Residents.registered();
        String id = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "FINAL"));
        byte[] document = pdf(1_200_000);
        upload(TONGREN, id, "application/pdf", document).statusCode(200).body("mediaType", is("application/pdf"))
                .body("sizeBytes", is(document.length)).body("sha256", is(sha256(document)));
        resident.request().get("/api/v1/me/reports/" + id).then().statusCode(200)
                .body("document.mediaType", is("application/pdf")).body("document.sha256", is(sha256(document)));
        resident.request().get("/api/v1/me/reports").then().body("items[0].hasDocument", is(true));

        // Read as raw bytes before any check: RestAssured's checks would decode the body as text.
        var download = resident.request().get("/api/v1/reports/" + id + "/document");
        assertArrayEquals(document, download.asByteArray());
        download.then().statusCode(200).contentType("application/pdf")
                .header("ETag", "\"" + sha256(document) + "\"").header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "inline; filename=\"report-" + id + ".pdf\"");

        // Replaced by an image; the download follows.
        byte[] image = jpeg(30_000);
        upload(TONGREN, id, "image/jpeg", image).statusCode(200).body("mediaType", is("image/jpeg"));
        var replaced = staffOf(TONGREN).get("/api/v1/reports/" + id + "/document");
        assertArrayEquals(image, replaced.asByteArray());
        replaced.then().statusCode(200).contentType("image/jpeg");
        upload(TONGREN, id, "image/png", png(2_000)).statusCode(200);
    }

    @Test
    void aDocumentUpToTheLimitIsTakenAndOneByteMoreIsRefusedWith413() throws Exception {
        Registered resident = Residents.registered();
        String id = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "FINAL"));
        byte[] atLimit = png(LIMIT);
        upload(TONGREN, id, "image/png", atLimit).statusCode(200).body("sizeBytes", is(LIMIT))
                .body("sha256", is(sha256(atLimit)));
        upload(TONGREN, id, "image/png", png(LIMIT + 1)).statusCode(413).contentType("application/problem+json")
                .body("code", is("PAYLOAD_TOO_LARGE")).body("maxBytes", is(LIMIT))
                .body("detail", org.hamcrest.Matchers.containsString("5 MiB"));
        // Sent without a length (chunked), it is cut off while read.
        staffOf(TONGREN).contentType("image/png").body(new ByteArrayInputStream(png(LIMIT + 100_000)))
                .put("/api/v1/reports/" + id + "/document").then().statusCode(413).body("code", is("PAYLOAD_TOO_LARGE"));
        // Every other route keeps the API's 256K.
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(new byte[300 * 1024])
                .post("/api/v1/institutions").then().statusCode(413).body("maxBytes", is(256 * 1024));
        // The stored document is still the one at the limit.
        assertArrayEquals(atLimit, staffOf(TONGREN).get("/api/v1/reports/" + id + "/document").asByteArray());
    }

    @Test
    void onlyPdfPngAndJpegAreTakenAndTheContentMustMatchTheType() {
        Registered resident = Residents.registered();
        String id = pushed(TONGREN, lab(newSenderId(), resident.idNumber(), "FINAL"));
        upload(TONGREN, id, "text/plain", "结果".getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode(415)
                .body("code", is("UNSUPPORTED_DOCUMENT_TYPE"))
                .body("detail", org.hamcrest.Matchers.containsString("application/pdf"));
        upload(TONGREN, id, "application/msword", pdf(100)).statusCode(415);
        upload(TONGREN, id, "application/pdf", png(5_000)).statusCode(422).body("code", is("DOCUMENT_CONTENT_MISMATCH"));
        upload(TONGREN, id, "image/jpeg", pdf(5_000)).statusCode(422).body("code", is("DOCUMENT_CONTENT_MISMATCH"));
        upload(TONGREN, id, "image/png", new byte[0]).statusCode(400).body("code", is("MISSING_BODY"));
        staffOf(TONGREN).get("/api/v1/reports/" + id + "/document").then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
    }

    @Test
    void onlyTheSendingInstitutionUploadsAndAWithdrawnReportHasNoDocument() {
        Registered resident = Residents.registered();
        Map<String, Object> body = lab(newSenderId(), resident.idNumber(), "FINAL");
        String id = pushed(TONGREN, body);
        upload(GUANGHUA, id, "application/pdf", pdf(1_000)).statusCode(404);
        resident.request().contentType("application/pdf").body(pdf(1_000)).put("/api/v1/reports/" + id + "/document")
                .then().statusCode(403);
        upload(TONGREN, java.util.UUID.randomUUID().toString(), "application/pdf", pdf(1_000)).statusCode(404);
        upload(TONGREN, id, "application/pdf", pdf(1_000)).statusCode(200);

        Map<String, Object> withdrawal = new HashMap<>(body);
        withdrawal.put("status", "WITHDRAWN");
        push(TONGREN, withdrawal).statusCode(200).body("document", org.hamcrest.Matchers.nullValue());
        resident.request().get("/api/v1/reports/" + id + "/document").then().statusCode(404);
        upload(TONGREN, id, "application/pdf", pdf(1_000)).statusCode(409).body("code", is("REPORT_WITHDRAWN"));
    }
}
