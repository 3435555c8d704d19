package io.jiayi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules of report statuses and document types, without the service. */
class ReportRulesTest {

    @Test
    void aReportMovesForwardUntilItIsWithdrawn() {
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.PRELIMINARY, false, ReportStatus.PRELIMINARY));
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.PRELIMINARY, false, ReportStatus.FINAL));
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.FINAL, true, ReportStatus.AMENDED));
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.AMENDED, true, ReportStatus.FINAL));
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.FINAL, true, ReportStatus.WITHDRAWN));
        assertEquals(Optional.empty(), StatusPolicy.check(ReportStatus.PRELIMINARY, false, ReportStatus.WITHDRAWN));
    }

    @Test
    void aReleasedReportNeverBecomesPreliminaryAgain() {
        assertEquals(Optional.of(StatusPolicy.Rejection.ALREADY_RELEASED),
                StatusPolicy.check(ReportStatus.FINAL, true, ReportStatus.PRELIMINARY));
        assertEquals(Optional.of(StatusPolicy.Rejection.ALREADY_RELEASED),
                StatusPolicy.check(ReportStatus.AMENDED, true, ReportStatus.PRELIMINARY));
    }

    @Test
    void aWithdrawnReportIsAtItsEnd() {
        for (ReportStatus next : ReportStatus.values()) {
            assertEquals(Optional.of(StatusPolicy.Rejection.WITHDRAWN),
                    StatusPolicy.check(ReportStatus.WITHDRAWN, true, next));
        }
    }

    @Test
    void documentTypesAreKnownByMediaTypeAndByTheirFirstBytes() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.ofMediaType("Application/PDF; qs=1"));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.ofMediaType("image/jpeg"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType("image/gif"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType(null));
        assertTrue(DocumentType.PDF.matches("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(DocumentType.PDF.matches("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(DocumentType.PNG.matches(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }));
        assertFalse(DocumentType.PNG.matches("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(DocumentType.JPEG.matches(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB }));
        assertFalse(DocumentType.JPEG.matches(new byte[] { (byte) 0xFF, (byte) 0xD8 }));
    }
}
