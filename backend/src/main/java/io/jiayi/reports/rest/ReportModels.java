package io.jiayi.reports.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.rest.Refs;
import io.jiayi.reports.AbnormalFlag;
import io.jiayi.reports.Modality;
import io.jiayi.reports.ReportStatus;
import io.jiayi.reports.ReportType;

/** Pushes and views of lab and exam reports. */
public final class ReportModels {

    private ReportModels() {
    }

    @Schema(name = "ReportPush", description = "A lab or exam report as its institution sends it. Idempotent by "
            + "senderReportId: the same content again changes nothing, other content is a new version.")
    public record ReportPush(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:/_-]{0,63}$", message = "{jiayi.report.senderReportId}")
            @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._:/_-]{0,63}$", maxLength = 64, example = "LIS-20261201-000123",
                    description = "The sender's own id of the report, unique within the institution") String senderReportId,
            @NotNull ReportType type,
            @NotNull ReportStatus status,
            @NotBlank @Size(max = 18) @Schema(maxLength = 18, example = "310105198001011234",
                    description = "The patient's resident identity card number; never returned") String patientIdNumber,
            @Size(max = 64) @Schema(maxLength = 64, example = "张三",
                    description = "When given, must match the name registered for the ID number") String patientName,
            @NotNull @Valid OrderingDoctor orderingDoctor,
            @Schema(description = "When the specimen was collected (lab) or the exam made") OffsetDateTime collectedAt,
            @Schema(description = "When the specimen reached the lab") OffsetDateTime receivedAt,
            @NotNull @Schema(description = "When the report was issued") OffsetDateTime reportedAt,
            @Valid @Schema(description = "Required for type LAB (may be left out of a withdrawal)") LabContent lab,
            @Valid @Schema(description = "Required for type EXAM (may be left out of a withdrawal)") ExamContent exam) {
    }

    @Schema(name = "OrderingDoctor", description = "Who ordered the test or exam")
    public record OrderingDoctor(
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "王敏") String name,
            @Schema(format = "uuid", description = "The doctor in the district's directory, when known") String doctorId) {
    }

    @Schema(name = "LabReportContent")
    public record LabContent(
            @NotNull @Valid Panel panel,
            @Size(max = 64) @Schema(maxLength = 64, example = "静脉血") String specimen,
            @NotEmpty @Size(max = 200) @Schema(maxItems = 200) List<@NotNull @Valid LabItem> items) {
    }

    @Schema(name = "LabPanel", description = "The test panel (检验项目组合)")
    public record Panel(
            @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "CBC") String code,
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "血常规") String name) {
    }

    @Schema(name = "LabItem", description = "One result of a panel")
    public record LabItem(
            @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "WBC") String code,
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "白细胞计数") String name,
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "11.2",
                    description = "The result as reported: a number, or text such as 阴性 or >1000") String value,
            @Digits(integer = 12, fraction = 6) @Schema(example = "11.2",
                    description = "The result as a number, when it is one") BigDecimal numericValue,
            @Size(max = 32) @Schema(maxLength = 32, example = "10^9/L") String unit,
            @Size(max = 64) @Schema(maxLength = 64, example = "3.5-9.5") String referenceRange,
            @Schema(description = "N normal, H/L high/low, HH/LL critically high/low, ABNORMAL for a non-numeric result")
            AbnormalFlag flag) {
    }

    @Schema(name = "ExamReportContent")
    public record ExamContent(
            @NotNull Modality modality,
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "胸部") String bodyPart,
            @NotBlank @Size(max = 20000) @Schema(maxLength = 20000, example = "双肺纹理清晰，未见明显实质性病变。") String findings,
            @NotBlank @Size(max = 4000) @Schema(maxLength = 4000, example = "胸部 CT 平扫未见明显异常。") String conclusion) {
    }

    @Schema(name = "ReportDocument", description = "The report's document as stored; download it from .../document")
    public record DocumentView(@Schema(example = "application/pdf") String mediaType, long sizeBytes,
            @Schema(description = "SHA-256 of the content, hex", minLength = 64, maxLength = 64) String sha256,
            OffsetDateTime uploadedAt) {
    }

    @Schema(name = "Report", description = "A report's current version. When WITHDRAWN, only its status and "
            + "identity are shown: content, title and document are withheld.")
    public record ReportView(
            @Schema(format = "uuid") String id,
            @Schema(example = "LIS-20261201-000123") String senderReportId,
            ReportType type,
            ReportStatus status,
            @Schema(description = "1 for the first push, +1 for each amendment") int version,
            @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String patientName,
            Refs.InstitutionRef institution,
            @Schema(example = "血常规") String title,
            OrderingDoctor orderingDoctor,
            OffsetDateTime collectedAt,
            OffsetDateTime receivedAt,
            OffsetDateTime reportedAt,
            @Schema(description = "Lab items flagged other than N") Integer abnormalItems,
            LabContent lab,
            ExamContent exam,
            DocumentView document,
            @Schema(description = "When residents could first see it (its first FINAL version)") OffsetDateTime releasedAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "ReportSummary", description = "A report in a list; WITHDRAWN ones show no title")
    public record ReportSummary(
            @Schema(format = "uuid") String id,
            ReportType type,
            ReportStatus status,
            int version,
            @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String patientName,
            Refs.InstitutionRef institution,
            @Schema(example = "血常规") String title,
            OffsetDateTime reportedAt,
            Integer abnormalItems,
            boolean hasDocument) {
    }

    @Schema(name = "ReportVersion", description = "One version as pushed; content withheld once the report is WITHDRAWN")
    public record VersionView(
            int version,
            ReportStatus status,
            OffsetDateTime pushedAt,
            OrderingDoctor orderingDoctor,
            OffsetDateTime collectedAt,
            OffsetDateTime receivedAt,
            OffsetDateTime reportedAt,
            LabContent lab,
            ExamContent exam) {
    }
}
