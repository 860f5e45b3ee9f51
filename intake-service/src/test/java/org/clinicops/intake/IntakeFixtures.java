package org.clinicops.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.TestStaff;

/** Requests and screenings as the intake tests send them. */
final class IntakeFixtures {

	static Map<String, Object> validRequest() {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Jordan");
		body.put("lastName", "Rivera");
		body.put("dateOfBirth", "1990-04-12");
		body.put("phone", "+1 555 010 2030");
		body.put("email", "jordan@example.org");
		body.put("preferredContact", "SMS");
		body.put("consentToContact", true);
		body.put("concerns", List.of("SUBSTANCE_USE"));
		body.put("message", "I would like to talk to someone.");
		body.put("source", "SELF");
		body.put("insurance", Map.of("payer", "Acme Health", "memberId", "AH-1234"));
		return body;
	}

	static Map<String, Object> iopScreening() {
		Map<String, Object> screening = new HashMap<>();
		screening.put("needsDetox", false);
		screening.put("needs24HourSupervision", false);
		screening.put("dangerToSelfOrOthers", false);
		screening.put("supportSystemAtHome", true);
		screening.put("substanceFreeHome", true);
		screening.put("coOccurringSeverity", "MILD");
		screening.put("continuingWorkOrSchool", true);
		screening.put("steppingDownFromInpatient", false);
		screening.put("adolescent", false);
		screening.put("primaryFocus", "SUBSTANCE_USE");
		screening.put("cohort", "GENERAL");
		screening.put("needsMedicationManagement", false);
		screening.put("needsPsychiatricCare", false);
		screening.put("pregnant", false);
		screening.put("injectionDrugUse", false);
		screening.put("notes", "Motivated; works days.");
		return screening;
	}

	/** Submits a valid request and screens it as fit for IOP but for one finding; returns its id. */
	static String submitAndScreen(String baseUrl, String finding, Object value) {
		String id = ApiClient.anonymous(baseUrl)
			.post("/api/evaluation-requests", validRequest())
			.json()
			.get("id")
			.asString();
		Map<String, Object> screening = iopScreening();
		screening.put(finding, value);
		ApiClient.as(TestStaff.CLINICIAN, baseUrl).post("/api/evaluation-requests/" + id + "/screening", screening);
		return id;
	}

	/** Submits the request, screens it as fit for IOP and accepts it; returns its id. */
	static String submitAndAccept(String baseUrl, Map<String, Object> request) {
		String id = ApiClient.anonymous(baseUrl).post("/api/evaluation-requests", request).json().get("id").asString();
		ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, baseUrl);
		clinician.post("/api/evaluation-requests/" + id + "/screening", iopScreening());
		clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
		return id;
	}

	static Map<String, Object> selfPayRequest() {
		Map<String, Object> body = validRequest();
		body.remove("insurance");
		body.put("selfPay", true);
		body.put("paymentPlanInterest", true);
		return body;
	}

	private IntakeFixtures() {
	}

}
