from runcomfy.cli import main

main()
