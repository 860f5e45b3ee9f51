package org.clinicops.intake.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.pages.FormValues;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public page "Request a confidential evaluation". It is judged by the same validation as
 * the API, and each message is shown next to its field; a hidden submission key makes a double
 * submit one request, as {@code Idempotency-Key} does for the API.
 */
@Controller
@RequestMapping(PublicFormPage.PATH)
class PublicFormPage {

	static final String PATH = "/request-evaluation";

	private final EvaluationRequestService requests;

	private final Validator validator;

	PublicFormPage(EvaluationRequestService requests, Validator validator) {
		this.requests = requests;
		this.validator = validator;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("concernChoices", Focus.values());
		model.addAttribute("contactChoices", ContactChannel.values());
		model.addAttribute("sourceChoices", ReferralSource.values());
		model.addAttribute("consentText", ConsentText.TEXT);
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("fields", PublicFormFields.empty(UUID.randomUUID().toString()));
		model.addAttribute("errors", Map.of());
		return "request/form";
	}

	@Audited("evaluation-request")
	@PostMapping
	String submit(@ModelAttribute("fields") PublicFormFields fields, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		EvaluationRequestForm form = fields.toForm(errors);
		for (ConstraintViolation<EvaluationRequestForm> violation : this.validator.validate(form)) {
			errors.putIfAbsent(pageField(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "request/form";
		}
		this.requests.submit(form, FormValues.given(fields.submissionKey()) ? "page:" + fields.submissionKey() : null);
		return "redirect:" + PATH + "/received";
	}

	@GetMapping("/received")
	String received() {
		return "request/received";
	}

	/** {@code insurance.payer} is the page's {@code payer}; {@code concerns[0]} is {@code concerns}. */
	private static String pageField(String path) {
		return path.replaceFirst("^insurance\\.", "").replaceFirst("\\[.*$", "").replace("selfPay", "payment")
			.replace("insurance", "payment");
	}

}
