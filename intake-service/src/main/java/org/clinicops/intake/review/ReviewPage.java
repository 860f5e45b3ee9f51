package org.clinicops.intake.review;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.LevelOfCare;
import org.clinicops.intake.coverage.AuthorizationForm;
import org.clinicops.intake.coverage.AuthorizationView;
import org.clinicops.intake.coverage.BenefitsForm;
import org.clinicops.intake.coverage.Coverage;
import org.clinicops.intake.coverage.CoverageService;
import org.clinicops.intake.request.EvaluationRequest;
import org.clinicops.intake.request.EvaluationRequestService;
import org.clinicops.intake.screening.CoOccurringSeverity;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.DecisionOutcome;
import org.clinicops.intake.screening.Screening;
import org.clinicops.intake.screening.ScreeningRecord;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A request's page: its details for staff, the screening form, the recommendation with its
 * reasons, the decision form, the coverage (benefits, authorizations, service days) and the history. A refused change is shown on the page, next to its
 * field where it has one, and changes nothing.
 */
@Controller
@RequestMapping("/intake/requests/{id}")
class ReviewPage {

	private static final String VIEW = "review/review";

	private final EvaluationRequestService requests;

	private final ClinicalReview review;

	private final CoverageService coverage;

	private final Validator validator;

	ReviewPage(EvaluationRequestService requests, ClinicalReview review, CoverageService coverage, Validator validator) {
		this.requests = requests;
		this.review = review;
		this.coverage = coverage;
		this.validator = validator;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("severityChoices", CoOccurringSeverity.values());
		model.addAttribute("focusChoices", Focus.values());
		model.addAttribute("cohortChoices", Cohort.values());
		model.addAttribute("outcomeChoices", DecisionOutcome.values());
		model.addAttribute("levelChoices", LevelOfCare.values());
		model.addAttribute("yesNoQuestions", ScreeningFields.YES_NO_QUESTIONS);
	}

	@Audited("evaluation-request")
	@GetMapping
	String show(@PathVariable String id, Model model) {
		EvaluationRequest request = this.requests.get(id);
		return render(request, stored(request), model);
	}

	@Audited("evaluation-request")
	@PostMapping("/screening")
	String screen(@PathVariable String id, @ModelAttribute ScreeningFields entered, Principal clinician, Model model,
			HttpServletResponse response) {
		EvaluationRequest request = this.requests.get(id);
		ReviewState state = stored(request);
		Map<String, String> errors = new LinkedHashMap<>();
		Screening screening = validated(entered.toScreening(errors), errors);
		if (!errors.isEmpty()) {
			return refused(response, HttpStatus.BAD_REQUEST, render(request, state.screeningRefused(entered, errors), model));
		}
		try {
			this.review.screen(id, screening, clinician.getName());
		}
		catch (StateConflictException ex) {
			return refused(response, HttpStatus.CONFLICT,
					render(request, state.screeningRefused(entered, Map.of()).inConflict(ex.getMessage()), model));
		}
		return "redirect:/intake/requests/" + id;
	}

	@Audited("evaluation-request")
	@PostMapping("/decision")
	String decide(@PathVariable String id, @ModelAttribute DecisionFields entered, Principal clinician, Model model,
			HttpServletResponse response) {
		EvaluationRequest request = this.requests.get(id);
		ReviewState state = stored(request);
		Map<String, String> errors = new LinkedHashMap<>();
		DecisionForm decision = validated(entered.toDecision(errors), errors);
		if (errors.isEmpty()) {
			try {
				this.review.decide(id, decision, clinician.getName());
				return "redirect:/intake/requests/" + id;
			}
			catch (InvalidFieldException ex) {
				errors.put(ex.field(), ex.getMessage());
			}
			catch (StateConflictException ex) {
				return refused(response, HttpStatus.CONFLICT,
						render(request, state.decisionRefused(entered, Map.of()).inConflict(ex.getMessage()), model));
			}
		}
		return refused(response, HttpStatus.BAD_REQUEST, render(request, state.decisionRefused(entered, errors), model));
	}

	@Audited("coverage")
	@PostMapping("/benefits")
	String verifyBenefits(@PathVariable String id, @ModelAttribute BenefitsFields entered, Principal coordinator,
			Model model, HttpServletResponse response) {
		EvaluationRequest request = this.requests.get(id);
		ReviewState state = stored(request);
		Map<String, String> errors = new LinkedHashMap<>();
		BenefitsForm form = validated(entered.toForm(errors), errors);
		if (errors.isEmpty()) {
			try {
				this.coverage.verify(id, form, coordinator.getName());
				return "redirect:/intake/requests/" + id + "#coverage";
			}
			catch (StateConflictException ex) {
				return refused(response, HttpStatus.CONFLICT,
						render(request, state.benefitsRefused(entered, Map.of()).inConflict(ex.getMessage()), model));
			}
		}
		return refused(response, HttpStatus.BAD_REQUEST, render(request, state.benefitsRefused(entered, errors), model));
	}

	@Audited("coverage")
	@PostMapping("/authorizations")
	String authorize(@PathVariable String id, @ModelAttribute AuthorizationFields entered, Principal coordinator,
			Model model, HttpServletResponse response) {
		EvaluationRequest request = this.requests.get(id);
		ReviewState state = stored(request);
		Map<String, String> errors = new LinkedHashMap<>();
		AuthorizationForm form = validated(entered.toForm(errors), errors);
		if (errors.isEmpty()) {
			try {
				this.coverage.authorize(id, form, coordinator.getName());
				return "redirect:/intake/requests/" + id + "#coverage";
			}
			catch (InvalidFieldException ex) {
				ex.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
			}
			catch (StateConflictException ex) {
				return refused(response, HttpStatus.CONFLICT,
						render(request, state.authorizationRefused(entered, Map.of()).inConflict(ex.getMessage()), model));
			}
		}
		return refused(response, HttpStatus.BAD_REQUEST,
				render(request, state.authorizationRefused(entered, errors), model));
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
			EvaluationRequest request = this.requests.get(id);
			return refused(response, HttpStatus.CONFLICT, render(request, stored(request).inConflict(ex.getMessage()), model));
		}
		return "redirect:/intake/requests/" + id;
	}

	/** The forms as the stored request fills them: the latest screening for correction, the recommended level. */
	private static ReviewState stored(EvaluationRequest request) {
		return ReviewState.showing(request.latestScreening().map(last -> ScreeningFields.of(last.screening()))
			.orElseGet(ScreeningFields::empty),
				DecisionFields.proposing(request.latestScreening()
					.map(ScreeningRecord::recommendation)
					.map(recommendation -> recommendation.levelOfCare())
					.orElse(null)));
	}

	private String render(EvaluationRequest request, ReviewState state, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("latest", request.latestScreening().orElse(null));
		model.addAttribute("state", state);
		Coverage coverage = this.coverage.of(request.id());
		model.addAttribute("coverage", coverage);
		model.addAttribute("authorizations", AuthorizationView.of(coverage));
		return VIEW;
	}

	/** The API's validation of what the form gave, its findings added to those of reading the form. */
	private <T> T validated(T value, Map<String, String> errors) {
		for (ConstraintViolation<T> violation : this.validator.validate(value)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		return value;
	}

	/** A refused change is shown on the page with the status the API would answer. */
	private static String refused(HttpServletResponse response, HttpStatus status, String view) {
		response.setStatus(status.value());
		return view;
	}

}
