"""What every room shares and nothing else: where the course is (:mod:`.paths`,
including the PATH fix for tools beside the interpreter) and reading files a
learner sent without following links or trusting their size (:mod:`.safeio`)."""
