package org.clinicops.scheduling.groups;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.clinicops.common.audit.Audited;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The program's groups with their utilisation, open or closed ones a page at a time (each page by
 * name), a form for a new group, and each group's roster.
 */
@Controller
class GroupsPage {

	private static final Comparator<GroupView> BY_NAME = Comparator.comparing(GroupView::name);

	private final GroupService service;

	private final GroupSearch search;

	private final Validator validator;

	private final Clock clock;

	GroupsPage(GroupService service, GroupSearch search, Validator validator, Clock clock) {
		this.service = service;
		this.search = search;
		this.validator = validator;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("focusChoices", Focus.values());
		model.addAttribute("cohortChoices", Cohort.values());
		model.addAttribute("trackChoices", Track.values());
		model.addAttribute("dayChoices", DayOfWeek.values());
		model.addAttribute("meetingRows", IntStream.range(0, GroupPageFields.MEETING_ROWS).boxed().toList());
	}

	@GetMapping("/scheduling/groups")
	String list(@RequestParam(defaultValue = "OPEN") GroupStatus status, @RequestParam(required = false) String after,
			Model model) {
		return render(status, after, GroupPageFields.empty(), Map.of(), model);
	}

	@PostMapping("/scheduling/groups")
	String create(@ModelAttribute("fields") GroupPageFields fields, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		GroupForm form = fields.toForm(errors);
		for (ConstraintViolation<GroupForm> violation : this.validator.validate(form)) {
			errors.putIfAbsent(violation.getPropertyPath().toString().replaceFirst("^(meetings\\[\\d+\\])\\..*$", "$1"),
					violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				Group group = this.service.create(form);
				return "redirect:/scheduling/groups/" + group.id();
			}
			catch (InvalidFieldException ex) {
				ex.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(GroupStatus.OPEN, null, fields, errors, model);
	}

	@Audited("roster")
	@GetMapping("/scheduling/groups/{id}")
	String roster(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		Group group = this.service.get(id);
		model.addAttribute("group", GroupView.of(group));
		model.addAttribute("date", day);
		model.addAttribute("roster", this.service.roster(group, day));
		model.addAttribute("joiningLater", this.service.joiningAfter(group, day));
		return "scheduling/group";
	}

	private String render(GroupStatus status, String after, GroupPageFields fields, Map<String, String> errors,
			Model model) {
		ListPage page = ListPage.of(null, after);
		List<Group> found = this.search.page(status, null, null, page);
		model.addAttribute("groups", page.items(found).stream().map(GroupView::of).sorted(BY_NAME).toList());
		model.addAttribute("status", status);
		model.addAttribute("older", page.next(found, Group::createdAt, Group::id).orElse(null));
		model.addAttribute("fields", fields);
		model.addAttribute("errors", errors);
		return "scheduling/groups";
	}

}
