## Company program
