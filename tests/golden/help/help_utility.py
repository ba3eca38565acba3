# help() with no argument starts the interactive help utility; with stdin at its end it
# leaves at once. The keyword, symbol and topic lists.
help()
print("back")
help("keywords")
help("symbols")
help("topics")
