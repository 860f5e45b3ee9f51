package org.clinicops.scheduling.clinicians;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clinicops.contracts.Focus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A therapist and their caseload. Like a group's seats, {@code slotsLeft} only changes by a
 * conditional atomic update ({@link CaseloadReservation}).
 */
@Document("therapists")
@CompoundIndex(name = "most_room", def = "{'specialties': 1, 'slotsLeft': -1, '_id': 1}")
public class Therapist {

	@Id
	private String id;

	private String name;

	private int caseloadCapacity;

	private int slotsLeft;

	private Set<Focus> specialties;

	/** Real MongoDB finds an enrollment's caseload by this index; the wire server reads the few therapists. */
	@Indexed
	private List<String> clients = new ArrayList<>();

	/** The hours stated for this therapist; none means the tracks' hours on weekdays. */
	private List<WorkingDay> workingHours = new ArrayList<>();

	protected Therapist() {
	}

	public Therapist(String id, String name, int caseloadCapacity, Set<Focus> specialties) {
		this(id, name, caseloadCapacity, specialties, List.of());
	}

	public Therapist(String id, String name, int caseloadCapacity, Set<Focus> specialties, List<WorkingDay> workingHours) {
		this.workingHours = new ArrayList<>(workingHours);
		this.id = id;
		this.name = name;
		this.caseloadCapacity = caseloadCapacity;
		this.slotsLeft = caseloadCapacity;
		this.specialties = Set.copyOf(specialties);
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public int caseloadCapacity() {
		return this.caseloadCapacity;
	}

	public int slotsLeft() {
		return this.slotsLeft;
	}

	public Set<Focus> specialties() {
		return this.specialties;
	}

	public List<WorkingDay> workingHours() {
		return (this.workingHours != null) ? List.copyOf(this.workingHours) : List.of();
	}

}
