"""Every change of state that matters goes through one function here: it writes the change, logs
it for audit and emits the event, so the console, the bot and the scheduler cannot disagree."""
