package org.clinicops.intake.screening;

import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.events.Cohort;
import org.clinicops.common.events.Focus;
import org.clinicops.common.events.LevelOfCare;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequestService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A request's page: its details for staff, the screening form, the recommendation with its
 * reasons, the decision form and the history. A refused change is shown on the page, next to its
 * field where it has one, and changes nothing.
 */
@Controller
@RequestMapping("/intake/requests/{id}")
class ReviewPage {

	private static final String VIEW = "screening/review";

	/** The yes/no criteria of a screening, as the form asks them. */
	private static final Map<String, String> YES_NO_QUESTIONS = yesNoQuestions();

	private final EvaluationRequestService requests;

	private final ClinicalReview review;

	ReviewPage(EvaluationRequestService requests, ClinicalReview review) {
		this.requests = requests;
		this.review = review;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("severityChoices", CoOccurringSeverity.values());
		model.addAttribute("focusChoices", Focus.values());
		model.addAttribute("cohortChoices", Cohort.values());
		model.addAttribute("outcomeChoices", DecisionOutcome.values());
		model.addAttribute("levelChoices", LevelOfCare.values());
		model.addAttribute("yesNoQuestions", YES_NO_QUESTIONS);
	}

	@Audited("evaluation-request")
	@GetMapping
	String show(@PathVariable String id, Model model) {
		EvaluationRequest request = this.requests.get(id);
		return render(request, request.latestScreening().map(last -> values(last.screening())).orElse(Map.of()),
				Map.of(), Map.of(), Map.of(), null, model);
	}

	@Audited("evaluation-request")
	@PostMapping("/screening")
	String screen(@PathVariable String id, @Valid @ModelAttribute("screening") Screening screening,
			BindingResult binding, @RequestParam Map<String, String> entered, Principal clinician, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(response, HttpStatus.BAD_REQUEST,
					render(this.requests.get(id), entered, errors(binding), Map.of(), Map.of(), null, model));
		}
		try {
			this.review.screen(id, screening, clinician.getName());
		}
		catch (StateConflictException ex) {
			return refused(response, HttpStatus.CONFLICT,
					render(this.requests.get(id), entered, Map.of(), Map.of(), Map.of(), ex.getMessage(), model));
		}
		return "redirect:/intake/requests/" + id;
	}

	@Audited("evaluation-request")
	@PostMapping("/decision")
	String decide(@PathVariable String id, @Valid @ModelAttribute("decision") DecisionForm decision,
			BindingResult binding, @RequestParam Map<String, String> entered, Principal clinician, Model model,
			HttpServletResponse response) {
		EvaluationRequest request = this.requests.get(id);
		Map<String, String> screening = request.latestScreening().map(last -> values(last.screening())).orElse(Map.of());
		if (binding.hasErrors()) {
			return refused(response, HttpStatus.BAD_REQUEST,
					render(request, screening, Map.of(), entered, errors(binding), null, model));
		}
		try {
			this.review.decide(id, decision, clinician.getName());
		}
		catch (InvalidFieldException ex) {
			return refused(response, HttpStatus.BAD_REQUEST,
					render(request, screening, Map.of(), entered, Map.of(ex.field(), ex.getMessage()), null, model));
		}
		catch (StateConflictException ex) {
			return refused(response, HttpStatus.CONFLICT,
					render(request, screening, Map.of(), entered, Map.of(), ex.getMessage(), model));
		}
		return "redirect:/intake/requests/" + id;
	}

	@Audited("evaluation-request")
	@PostMapping("/withdraw")
	String withdraw(@PathVariable String id, Principal staff, Model model, HttpServletResponse response) {
		return recordOrShowConflict(id, () -> this.requests.withdraw(id, staff.getName()), model, response);
	}

	@Audited("evaluation-request")
	@PostMapping("/consent-withdrawal")
	String withdrawConsent(@PathVariable String id, Principal staff, Model model, HttpServletResponse response) {
		return recordOrShowConflict(id, () -> this.requests.withdrawConsent(id, staff.getName()), model, response);
	}

	/** Records what the person told staff, or shows the page again with why it cannot be recorded (409). */
	private String recordOrShowConflict(String id, Runnable record, Model model, HttpServletResponse response) {
		try {
			record.run();
		}
		catch (StateConflictException ex) {
			return refused(response, HttpStatus.CONFLICT,
					render(this.requests.get(id), Map.of(), Map.of(), Map.of(), Map.of(), ex.getMessage(), model));
		}
		return "redirect:/intake/requests/" + id;
	}

	private String render(EvaluationRequest request, Map<String, String> screening, Map<String, String> screeningErrors,
			Map<String, String> decision, Map<String, String> decisionErrors, String conflict, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("latest", request.latestScreening().orElse(null));
		model.addAttribute("screeningValues", screening);
		model.addAttribute("screeningErrors", screeningErrors);
		model.addAttribute("decisionValues", decision);
		model.addAttribute("decisionErrors", decisionErrors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("refused", !screeningErrors.isEmpty() || !decisionErrors.isEmpty() || conflict != null);
		return VIEW;
	}

	/** A refused change is shown on the page with the status the API would answer. */
	private static String refused(HttpServletResponse response, HttpStatus status, String view) {
		response.setStatus(status.value());
		return view;
	}

	private static Map<String, String> errors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(error -> errors.putIfAbsent(error.getField(),
					error.isBindingFailure() ? "has a value of the wrong type or shape" : error.getDefaultMessage()));
		return errors;
	}

	/** A screening as the form's values, to show the latest one for correction. */
	private static Map<String, String> values(Screening screening) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RecordComponent component : Screening.class.getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(screening);
				values.put(component.getName(), (value != null) ? value.toString() : "");
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	private static Map<String, String> yesNoQuestions() {
		Map<String, String> questions = new LinkedHashMap<>();
		questions.put("dangerToSelfOrOthers", "Is a danger to self or others");
		questions.put("needsDetox", "Needs medically managed withdrawal (detox)");
		questions.put("needs24HourSupervision", "Needs 24-hour supervision");
		questions.put("substanceFreeHome", "Lives in a substance-free home");
		questions.put("supportSystemAtHome", "Has a support system at home");
		questions.put("continuingWorkOrSchool", "Must continue work or school");
		questions.put("steppingDownFromInpatient", "Is stepping down from inpatient or residential care");
		questions.put("adolescent", "Is an adolescent");
		questions.put("needsMedicationManagement", "Needs medication management");
		questions.put("needsPsychiatricCare", "Needs psychiatric care");
		questions.put("pregnant", "Is pregnant");
		questions.put("injectionDrugUse", "Injects drugs");
		return questions;
	}

}
