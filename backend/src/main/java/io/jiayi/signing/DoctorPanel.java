package io.jiayi.signing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many residents a family doctor holds, of how many they may. */
@Entity
@Table(name = "doctor_panel")
public class DoctorPanel {

    @Id
    @Column(name = "doctor_id")
    public UUID doctorId;

    public int capacity;

    @Column(name = "signed_count")
    public int signedCount;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
